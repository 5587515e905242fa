package kz.tendik.indicators.dashboards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the reader chose on a dashboard (request parameters, shared by the page and its downloads): the peers to set
 * beside Kazakhstan, the country of a profile, and the indicator and period of the regional comparison.
 */
public record FigureChoice(List<String> peers, String country, String indicator, String period) {

    static final int MAX_PEERS = 6;

    /** The choice as the query of a download address for a figure of the view ({@code ""} when there is none). */
    public String query(String view) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        switch (view) {
            case "neighbours" -> peers.forEach(p -> query.queryParam("peer", p));
            case "country" -> query.queryParam("country", country);
            case "regions" -> {
                if (indicator != null) {
                    query.queryParam("indicator", indicator).queryParam("period", period);
                }
            }
            default -> {
            }
        }
        return query.build().toUriString();
    }

    /**
     * Checks the choice against the data: peers and country must be countries with values (unknown peers are a 422
     * naming the field; an unknown profile country is a 404). The regional choice falls back to the newest period of
     * the first indicator with regional values.
     */
    static FigureChoice checked(List<String> peers, String country, String indicator, String period,
                                List<String> countries, List<DashboardQueries.RegionalPeriod> regional) {
        List<String> chosen = new ArrayList<>();
        List<UserInputException.FieldProblem> problems = new ArrayList<>();
        for (String peer : new LinkedHashSet<>(peers == null ? List.<String>of() : peers)) {
            String code = peer.trim().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (!countries.contains(code)) {
                problems.add(new UserInputException.FieldProblem("peer", "dash.error.peer"));
            } else {
                chosen.add(code);
            }
        }
        if (chosen.size() > MAX_PEERS) {
            problems.add(new UserInputException.FieldProblem("peer", "dash.error.peers", MAX_PEERS));
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        String profile = country == null || country.isBlank() ? Countries.KAZAKHSTAN : country.trim().toUpperCase(Locale.ROOT);
        if (!countries.contains(profile)) {
            throw new NotFoundException();
        }
        DashboardQueries.RegionalPeriod pick = regional.stream()
                .filter(r -> r.indicator().equals(indicator) && (period == null || period.isBlank() || r.period().equals(period)))
                .findFirst().orElse(regional.isEmpty() ? null : regional.get(0));
        return new FigureChoice(List.copyOf(chosen), profile, pick == null ? null : pick.indicator(),
                pick == null ? null : pick.period());
    }
}
