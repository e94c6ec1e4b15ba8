package org.alongside.contact;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A note in a supervisor's co-sign queue, with whose record it is about. */
public record WaitingNote(@JsonUnwrapped ContactNoteView note, String personName) {}
