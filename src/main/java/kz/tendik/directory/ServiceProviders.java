package kz.tendik.directory;

import java.util.List;
import java.util.Optional;

/** The service providers of the directory, for referrals. */
public interface ServiceProviders {

    /** The provider with this id, active or not. */
    Optional<ServiceProvider> find(long id);

    /** The active providers of a region, optionally of one kind ({@code null} for all kinds). */
    List<ServiceProvider> activeInRegion(String regionCode, ProviderKind kind);
}
