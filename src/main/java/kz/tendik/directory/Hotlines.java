package kz.tendik.directory;

import java.util.List;
import java.util.Optional;

/** The national hotlines, for the public portal and for safety plans. */
public interface Hotlines {

    Optional<Hotline> find(long id);

    /** The active hotlines in display order. */
    List<Hotline> active();
}
