/**
 * Identity: users with one role and an org-unit scope, sign-in with two-factor, API tokens, lockout, and the
 * access policy every other module asks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package kz.tendik.identity;
