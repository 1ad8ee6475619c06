package vn.giamngheo.platform.web.security;

import java.net.URI;
import java.util.Optional;

/**
 * The Content-Security-Policy of the pages the services serve (the dashboard, the commune app): their own scripts
 * and styles only, never framed, and talking to no one but their own service and the identity provider they sign in
 * with (the origin of its issuer).
 */
public final class PageContentPolicy {

    private PageContentPolicy() {
    }

    /** @param inlineStyles whether the page draws with style attributes (the dashboard's table bars) */
    public static String of(Optional<String> issuer, boolean inlineStyles) {
        String signIn = issuer.filter(i -> !i.isBlank()).map(PageContentPolicy::origin).map(o -> " " + o).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'" + (inlineStyles ? " 'unsafe-inline'" : "")
                + "; img-src 'self' data:; connect-src 'self'" + signIn
                + "; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    }

    public static String origin(String url) {
        URI uri = URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
