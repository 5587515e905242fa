package kz.tendik.directory;

import kz.tendik.identity.Action;
import kz.tendik.identity.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's tile on the home page. */
@Configuration(proxyBeanMethods = false)
class DirectoryTiles {

    @Bean
    HomeTile directoryTile() {
        return new HomeTile("tile.directory.title", "tile.directory.text", "/directory/centres", Action.DIRECTORY_READ, 10);
    }
}
