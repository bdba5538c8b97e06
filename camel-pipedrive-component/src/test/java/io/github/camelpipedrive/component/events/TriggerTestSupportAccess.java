package io.github.camelpipedrive.component.events;

import org.apache.camel.Processor;

/** A processor that records into a test's list. */
final class TriggerTestSupportAccess {

    private TriggerTestSupportAccess() {
    }

    static Processor recorder(TriggerTestSupport test) {
        return test::record;
    }
}
