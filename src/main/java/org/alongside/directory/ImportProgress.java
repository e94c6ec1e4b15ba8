package org.alongside.directory;

/** Where an import is: reading the file (rows read so far), saving (rows saved of all), or indexing for search. */
public record ImportProgress(String stage, int done, int total) {

    static ImportProgress reading(int rows) {
        return new ImportProgress("reading", rows, 0);
    }

    static ImportProgress indexing() {
        return new ImportProgress("indexing", 0, 0);
    }

    static ImportProgress saving(int rows, int total) {
        return new ImportProgress("saving", rows, total);
    }
}
