package io.github.camelpipedrive.examples.quickstart;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the import did: rows read, records created with their ids, and each failed row with its reason.
 */
public class ImportReport {

    /** The records one imported row created. */
    public record Imported(
            Signup signup,
            Object orgId,
            Object personId,
            Object dealId,
            Object dealProductId,
            Object activityId,
            Object noteId) {}

    /** A row that did not make it, and why. */
    public record Failed(Signup signup, String reason) {}

    private final AtomicInteger rowsRead = new AtomicInteger();
    private final Map<Integer, Imported> imported = new ConcurrentHashMap<>();
    private final Map<Integer, Failed> failed = new ConcurrentHashMap<>();
    private final Map<String, Object> setup = new ConcurrentHashMap<>();

    public void rowRead() {
        rowsRead.incrementAndGet();
    }

    public void imported(Imported record) {
        imported.put(record.signup().row(), record);
    }

    public void failed(Signup signup, String reason) {
        failed.put(signup.row(), new Failed(signup, reason));
    }

    public void setupCreated(String what, Object id) {
        setup.put(what, id);
    }

    /** An id the setup created, e.g. {@code stage} or {@code product pro}. */
    public Object setupId(String what) {
        Object id = setup.get(what);
        if (id == null) {
            throw new IllegalStateException("setup did not create " + what);
        }
        return id;
    }

    public int rowsRead() {
        return rowsRead.get();
    }

    public List<Imported> importedRecords() {
        return new ArrayList<>(new TreeMap<>(imported).values());
    }

    public List<Failed> failures() {
        return new ArrayList<>(new TreeMap<>(failed).values());
    }

    public void print(PrintStream out, String target) {
        out.println();
        out.println("=== Pipedrive quickstart: sign-up import against " + target + " ===");
        out.printf("Rows read: %d, imported: %d, failed: %d%n", rowsRead(), imported.size(), failed.size());
        out.printf(
                "Records created: %d organizations, %d persons, %d deals, %d deal products, %d activities, %d notes%n",
                imported.size(), imported.size(), imported.size(), imported.size(), imported.size(), imported.size());
        if (!setup.isEmpty()) {
            out.println("Set up first: " + new TreeMap<>(setup));
        }
        for (Imported r : importedRecords()) {
            out.printf(
                    "  row %d  %-18s %-16s -> organization %s, person %s, deal %s (%d x %s), activity %s, note %s%n",
                    r.signup().row(),
                    r.signup().company(),
                    r.signup().name(),
                    r.orgId(),
                    r.personId(),
                    r.dealId(),
                    r.signup().seats(),
                    r.signup().plan(),
                    r.activityId(),
                    r.noteId());
        }
        if (!failed.isEmpty()) {
            out.println("Failed rows:");
            for (Failed f : failures()) {
                out.printf(
                        "  row %d  %-18s %s%n",
                        f.signup().row(),
                        f.signup().company().isEmpty()
                                ? "(no company)"
                                : f.signup().company(),
                        f.reason());
            }
        }
        out.println();
    }
}
