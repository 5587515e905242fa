/**
 * Directory: regions (ISO 3166-2:KZ), family support centres, the service providers centres refer to, and
 * the national hotlines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package kz.tendik.directory;
