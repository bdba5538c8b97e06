package io.github.camelpipedrive.component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** Every log event, formatted with its stack trace, from every logger, while attached. */
public final class LogCapture extends AbstractAppender {
    public final List<String> lines = new CopyOnWriteArrayList<>();
    private final Map<String, Level> previousLevels = new HashMap<>();
    private final List<Appender> mutedRootAppenders = new ArrayList<>();
    private final Map<LoggerConfig, Level> traceLevels = new HashMap<>();

    public LogCapture() {
        super(
                "token-capture",
                null,
                PatternLayout.newBuilder()
                        .withPattern("%d %-5level [%t] %c - %m%n%throwable")
                        .build(),
                false,
                Property.EMPTY_ARRAY);
    }

    @Override
    public void append(LogEvent event) {
        String line = ((PatternLayout) getLayout()).toSerializable(event);
        lines.add(line);
    }

    public String text() {
        return String.join("", lines);
    }

    public interface Action<T> {
        T run() throws Exception;
    }

    /** Runs the action with org.apache.camel at the given level, then puts DEBUG back. */
    public <T> T withCamelAt(Level level, Action<T> action) throws Exception {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getLoggerConfig("org.apache.camel").setLevel(level);
        ctx.updateLoggers();
        try {
            return action.run();
        } finally {
            ctx.getConfiguration().getLoggerConfig("org.apache.camel").setLevel(Level.DEBUG);
            ctx.updateLoggers();
        }
    }

    public void attach() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        start();
        config.addAppender(this);
        LoggerConfig root = config.getRootLogger();
        // keep the DEBUG flood out of the console while it is captured
        for (Appender appender : root.getAppenders().values()) {
            mutedRootAppenders.add(appender);
            root.removeAppender(appender.getName());
        }
        root.addAppender(this, Level.ALL, null);
        for (String name : List.of("io.github.camelpipedrive", "org.apache.camel")) {
            LoggerConfig logger = config.getLoggerConfig(name);
            if (!logger.getName().equals(name)) {
                logger = new LoggerConfig(name, Level.DEBUG, true);
                config.addLogger(name, logger);
                previousLevels.put(name, null);
            } else {
                previousLevels.put(name, logger.getLevel());
            }
            logger.setLevel(Level.DEBUG);
        }
        ctx.updateLoggers();
    }

    /**
     * Like {@link #attach()}, but with the root logger and every configured logger at TRACE: every event of every
     * logger, third-party ones included, is captured. {@link #detach()} restores the levels.
     */
    public void attachEverythingAtTrace() {
        attach();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        List<LoggerConfig> all = new ArrayList<>(config.getLoggers().values());
        if (!all.contains(config.getRootLogger())) {
            all.add(config.getRootLogger());
        }
        for (LoggerConfig logger : all) {
            traceLevels.put(logger, logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        ctx.updateLoggers();
    }

    public void detach() {
        traceLevels.forEach(LoggerConfig::setLevel);
        traceLevels.clear();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        LoggerConfig root = config.getRootLogger();
        root.removeAppender(getName());
        mutedRootAppenders.forEach(a -> root.addAppender(a, null, null));
        previousLevels.forEach((name, level) -> {
            if (level == null) {
                config.removeLogger(name);
            } else {
                config.getLoggerConfig(name).setLevel(level);
            }
        });
        ctx.updateLoggers();
        stop();
    }
}
