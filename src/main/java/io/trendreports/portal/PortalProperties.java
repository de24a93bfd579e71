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
 * @param baseUrl      where people reach the portal (https://reports.example.com), for links in
 *                     notifications; empty: notifications carry no links
 * @param signIn       how failed sign-ins are slowed and then refused
 */
@ConfigurationProperties("trend.portal")
public record PortalProperties(List<User> users, Integer thumbnailDpi, Integer runsShown, Integer searchLimit,
                               String baseUrl, SignIn signIn) {

    public PortalProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        signIn = signIn == null ? new SignIn(null, null, null, null, null) : signIn;
        users = users == null ? List.of() : List.copyOf(users);
        thumbnailDpi = thumbnailDpi == null ? 120 : thumbnailDpi;
        runsShown = runsShown == null ? 100 : runsShown;
        searchLimit = searchLimit == null ? 200 : searchLimit;
    }

    /**
     * @param maxFailuresPerUser    failed sign-ins for one user name within {@code window} before it is refused
     * @param maxFailuresPerAddress failed sign-ins from one address within {@code window} before it is refused
     * @param window                how far back failures count
     * @param refusal               how long a user or an address is refused once over its limit
     * @param delay                 the wait before answering an attempt after one earlier failure; it
     *                              doubles with each further failure
     */
    public record SignIn(Integer maxFailuresPerUser, Integer maxFailuresPerAddress, java.time.Duration window,
                         java.time.Duration refusal, java.time.Duration delay) {

        public SignIn {
            maxFailuresPerUser = maxFailuresPerUser == null ? 5 : maxFailuresPerUser;
            maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
            window = window == null ? java.time.Duration.ofMinutes(15) : window;
            refusal = refusal == null ? java.time.Duration.ofMinutes(15) : refusal;
            delay = delay == null ? java.time.Duration.ofMillis(500) : delay;
        }
    }

    /** @param roles {@code viewer} (read and download) and/or {@code operator} (also start runs) */
    public record User(String name, String password, List<String> roles) {

        public User {
            roles = roles == null ? List.of("viewer") : List.copyOf(roles);
        }
    }
}
