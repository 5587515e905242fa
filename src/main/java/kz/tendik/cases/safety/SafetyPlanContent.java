package kz.tendik.cases.safety;

/**
 * The safety plan as written with the survivor; stored as one ciphertext. {@code version} is the version read (0 when
 * there is no plan yet) and is required on a change.
 */
public record SafetyPlanContent(Integer version, String safeContacts, String safePlaces, String codeWord,
                                String documentsReady, String childrenPlan, String safeChannels) {

    public static final int MAX_LENGTH = 4000;

    public static SafetyPlanContent empty() {
        return new SafetyPlanContent(0, null, null, null, null, null, null);
    }

    SafetyPlanContent withVersion(int newVersion) {
        return new SafetyPlanContent(newVersion, safeContacts, safePlaces, codeWord, documentsReady, childrenPlan,
                safeChannels);
    }

    /** The plan's fields by name, for validation and the page. */
    public java.util.Map<String, String> fields() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("safeContacts", safeContacts);
        fields.put("safePlaces", safePlaces);
        fields.put("codeWord", codeWord);
        fields.put("documentsReady", documentsReady);
        fields.put("childrenPlan", childrenPlan);
        fields.put("safeChannels", safeChannels);
        return fields;
    }
}
