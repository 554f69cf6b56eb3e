package org.lorkit.common;

/** An answer that carries its row version: its ETag is that version, quoted (see {@link Etags}). */
public interface Versioned {

    long version();
}
