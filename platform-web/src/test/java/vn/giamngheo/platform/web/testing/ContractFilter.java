package vn.giamngheo.platform.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every answer a test receives from a service's API checked against the OpenAPI document that service serves: the
 * status listed for the operation, the media type listed for the status, the body valid under its schema. A test
 * whose call gets an answer its contract does not promise fails there, so the document cannot drift from the code.
 */
public final class ContractFilter implements OrderedFilter {

    private static final ContractFilter INSTANCE = new ContractFilter();

    /** Answers checked, by the title of the document that held them: printed when the test JVM ends. */
    private static final Map<String, LongAdder> CHECKED =
            new ConcurrentSkipListMap<>();

    /**
     * Writes the counts so far to {@code target/contract-answers-checked.txt} (after each test class: the forked JVM's
     * last words do not always reach the build's output).
     */
    static void record() {
        StringBuilder lines = new StringBuilder();
        CHECKED.forEach((title, count) -> lines.append(count.sum()).append(" answers checked against the OpenAPI")
                .append(" document of ").append(title).append('\n'));
        try {
            Files.writeString(Path.of("target", "contract-answers-checked.txt"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ContractFilter() {
    }

    /** Puts the check in front of every REST Assured call of the test run, once. */
    public static void install() {
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        URI uri = URI.create(request.getURI());
        if (uri.getRawPath() == null || uri.getRawPath().startsWith("/q/")) {
            return answer;
        }
        String origin = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
        Optional<ServedContract> contract = ServedContract.at(origin);
        if (contract.isEmpty()) {
            return answer;
        }
        List<String> problems = contract.get().problems(request.getMethod(), uri.getRawPath(),
                answer.statusCode(), answer.contentType(), answer.asByteArray());
        CHECKED.computeIfAbsent(contract.get().title(), t -> new LongAdder()).increment();
        if (!problems.isEmpty()) {
            throw new AssertionError("the answer breaks the service's OpenAPI document:\n  "
                    + String.join("\n  ", problems) + "\nthe answer: " + abbreviate(answer.asString()));
        }
        return answer;
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }

    /** After the logging filters, so that a refused answer is still logged as it came. */
    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }
}
