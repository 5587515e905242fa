package kz.tendik.identity.web;

import kz.tendik.identity.Action;
import kz.tendik.identity.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityTiles {

    @Bean
    HomeTile usersTile() {
        return new HomeTile("tile.users.title", "tile.users.text", "/admin/users", Action.USER_MANAGE, 80);
    }

    @Bean
    HomeTile teamsTile() {
        return new HomeTile("tile.teams.title", "tile.teams.text", "/admin/teams", Action.TEAM_MANAGE, 81);
    }

    @Bean
    HomeTile accountTile() {
        return new HomeTile("tile.account.title", "tile.account.text", "/account", Action.OWN_ACCOUNT, 90);
    }
}
