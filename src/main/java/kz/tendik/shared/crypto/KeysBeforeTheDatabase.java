package kz.tendik.shared.crypto;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;

/**
 * Loads the keys before the database is touched, so a start without keys fails with the keys' message, not with
 * whatever the database or its migrations say first.
 */
class KeysBeforeTheDatabase extends AbstractDependsOnBeanFactoryPostProcessor {

    KeysBeforeTheDatabase() {
        super(DataSource.class, "keyring");
    }
}
