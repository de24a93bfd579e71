package io.trendreports.portal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code trend.portal.*} settings.
 *
 * @param users        who may sign in; passwords as Spring Security encoded hashes ({@code {bcrypt}$2a$...})
 * @param thumbnailDpi resolution of the first-page thumbnails of the briefs
 * @param runsShown    how many runs the runs page lists
 * @param searchLimit  the most search results shown
 */
@ConfigurationProperties("trend.portal")
public record PortalProperties(List<User> users, Integer thumbnailDpi, Integer runsShown, Integer searchLimit) {

    public PortalProperties {
        users = users == null ? List.of() : List.copyOf(users);
        thumbnailDpi = thumbnailDpi == null ? 120 : thumbnailDpi;
        runsShown = runsShown == null ? 100 : runsShown;
        searchLimit = searchLimit == null ? 200 : searchLimit;
    }

    /** @param roles {@code viewer} (read and download) and/or {@code operator} (also start runs) */
    public record User(String name, String password, List<String> roles) {

        public User {
            roles = roles == null ? List.of("viewer") : List.copyOf(roles);
        }
    }
}
