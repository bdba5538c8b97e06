package io.github.camelpipedrive.sandbox;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension running a {@link PipedriveSandbox} for a test class: started before all tests, stopped
 * after all, and reset (data, journal, faults, rate-limit state) before each test unless
 * {@link #keepDataBetweenTests()} is called.
 *
 * <pre>{@code
 * @RegisterExtension
 * static PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create();
 *
 * @Test void createsDeal() { String url = pipedrive.baseUrl() + "/api/v2/deals"; ... }
 * }</pre>
 *
 * Or {@code @ExtendWith(PipedriveSandboxExtension.class)} and a {@code PipedriveSandbox} parameter in a
 * test method, constructor or lifecycle method. Register it on a {@code static} field: JUnit calls the
 * before-all and after-all callbacks only for class-level extensions.
 */
public final class PipedriveSandboxExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final UnaryOperator<PipedriveSandbox.Builder> settings;
    private boolean resetBeforeEach = true;
    private volatile PipedriveSandbox sandbox;

    /** For {@code @ExtendWith}: a sandbox with default settings. */
    public PipedriveSandboxExtension() {
        this(UnaryOperator.identity());
    }

    private PipedriveSandboxExtension(UnaryOperator<PipedriveSandbox.Builder> settings) {
        this.settings = settings;
    }

    /** A sandbox with default settings. */
    public static PipedriveSandboxExtension create() {
        return new PipedriveSandboxExtension();
    }

    /** A sandbox with settings, e.g. {@code create(b -> b.burstLimit(5).burstWindow(Duration.ofMillis(200)))}. */
    public static PipedriveSandboxExtension create(UnaryOperator<PipedriveSandbox.Builder> settings) {
        return new PipedriveSandboxExtension(settings);
    }

    /** Keeps data, journal and faults from one test to the next (tests then depend on their order). */
    public PipedriveSandboxExtension keepDataBetweenTests() {
        this.resetBeforeEach = false;
        return this;
    }

    /** The running sandbox. */
    public PipedriveSandbox sandbox() {
        PipedriveSandbox s = sandbox;
        if (s == null) {
            throw new IllegalStateException(
                    "The sandbox runs only while the test class runs (register the extension on a static field)");
        }
        return s;
    }

    /** Shortcut for {@code sandbox().baseUrl()}. */
    public String baseUrl() {
        return sandbox().baseUrl();
    }

    /** Shortcut for {@code sandbox().token()}. */
    public String token() {
        return sandbox().token();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startIfNeeded();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        startIfNeeded();
        if (resetBeforeEach) {
            sandbox.reset();
            sandbox.faults().clear();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        PipedriveSandbox s = sandbox;
        sandbox = null;
        if (s != null) {
            s.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PipedriveSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        startIfNeeded();
        return sandbox;
    }

    private synchronized void startIfNeeded() {
        if (sandbox == null) {
            sandbox = settings.apply(PipedriveSandbox.builder()).start();
        }
    }
}
