package org.alongside.directory;

/** Where an import is: reading the file (rows read so far) or saving (rows saved of all). */
public record ImportProgress(String stage, int done, int total) {

    static ImportProgress reading(int rows) {
        return new ImportProgress("reading", rows, 0);
    }

    static ImportProgress saving(int rows, int total) {
        return new ImportProgress("saving", rows, total);
    }
}
