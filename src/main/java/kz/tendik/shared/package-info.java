/**
 * The small kernel every module may use: languages, errors, the embedded database, the command line, web
 * helpers and field encryption with blind indexes ({@code crypto}). Nothing domain-specific lives here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kz.tendik.shared;
