package io.github.camelpipedrive.hazelcast;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** The lines one logger writes while attached: level and formatted message. */
final class LogLines extends AbstractAppender implements AutoCloseable {

    private final String logger;
    final List<String> lines = new CopyOnWriteArrayList<>();

    LogLines(Class<?> loggerClass) {
        super("log-lines-" + loggerClass.getSimpleName(), null, null, false, Property.EMPTY_ARRAY);
        this.logger = loggerClass.getName();
        start();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        LoggerConfig loggerConfig = new LoggerConfig(logger, Level.INFO, true);
        loggerConfig.addAppender(this, null, null);
        config.addLogger(logger, loggerConfig);
        context.updateLoggers();
    }

    @Override
    public void append(LogEvent event) {
        lines.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
    }

    List<String> at(String level) {
        return lines.stream().filter(l -> l.startsWith(level + " ")).toList();
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().removeLogger(logger);
        context.updateLoggers();
        stop();
    }
}
