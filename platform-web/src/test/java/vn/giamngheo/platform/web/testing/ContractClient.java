package vn.giamngheo.platform.web.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import io.restassured.RestAssured;

/**
 * A Java client generated from the OpenAPI document the running service serves, by OpenAPI Generator (its {@code java}
 * generator, {@code native} library: the JDK's HTTP client and Jackson), compiled together with the integrator's code
 * kept in the service's {@code src/test/contract-client/}: code written as another government system would write it,
 * against the generated classes only. If the document cannot be generated from, or no longer has what that code
 * calls, compiling fails and says where.
 */
public final class ContractClient {

    private static final Path TOOLS = Path.of("target", "contract-tools", "openapi-generator-cli.jar");

    private final URLClassLoader loader;

    private ContractClient(URLClassLoader loader) {
        this.loader = loader;
    }

    /**
     * Generates the client of the service under test into {@code target/contract-client/}, in package
     * {@code basePackage} (its {@code api} and {@code model} below it), and compiles it with the integrator's code.
     */
    public static ContractClient generate(String basePackage) {
        try {
            Path root = Path.of("target", "contract-client").toAbsolutePath();
            deleteRecursively(root);
            Path document = root.resolve("openapi.json");
            Files.createDirectories(root);
            Files.writeString(document, given().queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).extract().asString());
            Path generated = root.resolve("generated");
            run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    TOOLS.toAbsolutePath().toString(), "generate", "--generator-name", "java", "--library", "native",
                    "--input-spec", document.toString(), "--output", generated.toString(),
                    "--invoker-package", basePackage, "--api-package", basePackage + ".api",
                    "--model-package", basePackage + ".model",
                    "--additional-properties", "openApiNullable=false,useJakartaEe=true,hideGenerationTimestamp=true,"
                            // Generated code is no source of the project's: kept out of any src/main/java.
                            + "annotationLibrary=none,sourceFolder=java",
                    "--global-property", "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"), root);
            List<Path> sources = new ArrayList<>(javaFiles(generated.resolve("java")));
            sources.addAll(javaFiles(Path.of("src", "test", "contract-client")));
            Path classes = root.resolve("classes");
            compile(sources, classes);
            return new ContractClient(new URLClassLoader(new URL[] { classes.toUri().toURL() },
                    com.fasterxml.jackson.databind.ObjectMapper.class.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's address, as the generated client's ApiClient takes it. */
    public static String baseUri() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    /** A new instance of the integrator's class {@code name} (in the client's packages), built with {@code args}. */
    public Object create(String name, Object... args) {
        try {
            Class<?> type = loader.loadClass(name);
            for (var constructor : type.getConstructors()) {
                if (constructor.getParameterCount() == args.length) {
                    return constructor.newInstance(args);
                }
            }
            throw new AssertionError(name + " has no public constructor of " + args.length + " arguments");
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("could not create " + name, unwrap(e));
        }
    }

    /** Calls the integrator's method {@code method} on {@code target}; what the client threw is thrown as it was. */
    @SuppressWarnings("unchecked")
    public <T> T call(Object target, String method, Object... args) {
        Method found = Arrays.stream(target.getClass().getMethods())
                .filter(m -> m.getName().equals(method) && m.getParameterCount() == args.length).findFirst()
                .orElseThrow(() -> new AssertionError(target.getClass().getName() + " has no method " + method));
        try {
            return (T) found.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AssertionError(method + " failed: " + cause, cause);
        } catch (IllegalAccessException e) {
            throw new AssertionError(method, e);
        }
    }

    private static Throwable unwrap(ReflectiveOperationException e) {
        return e instanceof InvocationTargetException target ? target.getCause() : e;
    }

    private static void run(List<String> command, Path directory) throws IOException {
        Path log = directory.resolve("generator.log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the client generator did not finish in 180 s; its output so far:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        assertThat(process.exitValue()).as("the client generator's exit status; its output:\n"
                + Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }

    private static void compile(List<Path> sources, Path classes) throws IOException {
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK's compiler").isNotNull();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            String classpath = String.join(java.io.File.pathSeparator, jarOf(
                    com.fasterxml.jackson.databind.ObjectMapper.class),
                    jarOf(com.fasterxml.jackson.core.JsonFactory.class),
                    jarOf(com.fasterxml.jackson.annotation.JsonProperty.class),
                    jarOf(com.fasterxml.jackson.datatype.jsr310.JavaTimeModule.class),
                    jarOf(jakarta.annotation.Nonnull.class));
            boolean compiled = compiler.getTask(null, files, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", classpath, "-proc:none", "-nowarn",
                            "-encoding", "UTF-8"),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            assertThat(compiled).as("the generated client and the integrator's code compile: " + diagnostics
                    .getDiagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource() == null ? d.getMessage(Locale.ROOT)
                            : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + " "
                                    + d.getMessage(Locale.ROOT))
                    .limit(20).toList()).isTrue();
        }
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> javaFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
