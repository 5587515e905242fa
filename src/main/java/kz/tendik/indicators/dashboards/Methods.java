package kz.tendik.indicators.dashboards;

import java.util.List;

import kz.tendik.indicators.GenderDevelopmentIndex;
import kz.tendik.indicators.GenderInequalityIndex;
import kz.tendik.indicators.GlobalGenderGapIndex;
import kz.tendik.indicators.HumanDevelopmentBySex;
import kz.tendik.indicators.IndexMethod;
import kz.tendik.indicators.PayGap;
import kz.tendik.indicators.Representation;

/**
 * The methods page: one section per figure method ({@code dash.method.<id>}, the text a figure's "about" shows), with
 * the index methods as implemented here and their versions. A figure links its method to {@code #<id>}, and each
 * method version to {@code #<code>} of its method.
 */
final class Methods {

    /** A section: its anchor, the method's text, and the methods with their versions. */
    record Section(String id, String textKey, List<IndexMethod> methods) {

        public String headingKey() {
            return "dash.methods.heading." + id;
        }
    }

    static final List<Section> SECTIONS = List.of(
            new Section("gii", "dash.method.gii", List.of(GenderInequalityIndex.METHOD)),
            new Section("gdi", "dash.method.gdi", List.of(GenderDevelopmentIndex.METHOD, HumanDevelopmentBySex.METHOD)),
            new Section("gggi", "dash.method.gggi", List.of(GlobalGenderGapIndex.METHOD)),
            new Section("pay", "dash.method.pay", List.of(PayGap.MEAN, PayGap.MEDIAN)),
            new Section("seats", "dash.method.seats", List.of(Representation.METHOD)),
            new Section("indices", "dash.method.indices", List.of()),
            new Section("stored", "dash.method.stored", List.of()));

    private Methods() {
    }

    /** The anchor of a figure's method on the page: {@code dash.method.gii} → {@code gii}. */
    static String anchor(String methodKey) {
        return methodKey.substring(methodKey.lastIndexOf('.') + 1);
    }

    /** The anchor of a method version: {@code undp-gii@hdr-2023-24} → {@code undp-gii}. */
    static String versionAnchor(String methodVersion) {
        int at = methodVersion.indexOf('@');
        return at < 0 ? methodVersion : methodVersion.substring(0, at);
    }
}
