package io.github.camelpipedrive.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Behaviour of the v1-only entities that is more than storing the given fields. */
final class V1Handlers {

    private V1Handlers() {}

    /** Leads must be linked to a person or an organization (enforced by Pipedrive, though not in the schema). */
    static final Shape LEAD = (call, record, creating) -> {
        // leads have no fields of their own: they take the deal custom fields, as flat v1 keys
        call.company().fields().checkV1("deal", call.fields());
        Shapes.copyFields(call.fields(), record);
        if (creating && record.get("person_id") == null && record.get("organization_id") == null) {
            throw ApiError.badRequest(
                    "A lead must be linked to a person or an organization (\"person_id\" or \"organization_id\").");
        }
        if (call.fields().get("person_id") != null) {
            call.require("persons", call.fields().get("person_id"));
        }
        if (call.fields().get("organization_id") != null) {
            call.require("organizations", call.fields().get("organization_id"));
        }
        if (record.get("value") instanceof Map<?, ?> v
                && (!(v.get("amount") instanceof Number) || !(v.get("currency") instanceof String))) {
            throw ApiError.badRequest("\"value\" must be an object {\"amount\": number, \"currency\": string}.");
        }
    };

    /** Activity types get a {@code key_string} from their name, as custom types do in Pipedrive. */
    static final Shape ACTIVITY_TYPE = (call, record, creating) -> {
        Shapes.copyFields(call.fields(), record);
        if (creating) {
            record.put(
                    "key_string",
                    String.valueOf(record.get("name")).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
        }
    };

    /** Goals are answered wrapped as {@code {goal: {...}}}. */
    static final View GOAL = (call, record) -> new LinkedHashMap<>(Map.of("goal", Views.clean(withoutTimes(record))));

    private static Map<String, Object> withoutTimes(Map<String, Object> record) {
        Map<String, Object> out = new LinkedHashMap<>(record);
        out.remove("add_time");
        out.remove("update_time");
        return out;
    }

    /** Pipedrive's limit of webhooks per user (the sandbox's tokens all act as one user). */
    static final int WEBHOOK_LIMIT = 40;

    /** Webhook creation answers 201 with {@code status: "ok"} beside {@code success}. */
    static Handler addWebhook() {
        Handler create = Crud.create("webhooks", Shapes.PLAIN, View.PLAIN);
        return call -> {
            if (call.company().collection("webhooks").size() >= WEBHOOK_LIMIT) {
                throw ApiError.unprocessable("You have reached the limit of " + WEBHOOK_LIMIT + " webhooks per user.");
            }
            Answer answer = create.handle(call);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("success", true);
            body.put("status", "ok");
            body.put("data", answer.body().get("data"));
            return Answer.json(answer.status(), body);
        };
    }

    /** Organization relationships show both organizations as short objects, plus related objects. */
    static final View ORG_RELATIONSHIP = (call, record) -> {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", record.get("id"));
        out.put("type", record.get("type"));
        Map<String, Object> related = new LinkedHashMap<>();
        for (String side : List.of("rel_owner_org_id", "rel_linked_org_id")) {
            Map<String, Object> org = call.company().collection("organizations").get(record.get(side));
            if (org != null) {
                out.put(side, Views.orgSummary(call.company(), org));
                Map<String, Object> summary = new LinkedHashMap<>(Views.orgSummary(call.company(), org));
                summary.remove("value");
                summary.put("id", org.get("id"));
                related.put(String.valueOf(org.get("id")), summary);
            }
        }
        out.put("add_time", record.get("add_time"));
        out.put("update_time", record.get("update_time"));
        out.put("related_objects", Map.of("organization", related));
        return out;
    };

    static final Shape ORG_RELATIONSHIP_SHAPE = (call, record, creating) -> {
        for (String side : List.of("rel_owner_org_id", "rel_linked_org_id", "org_id")) {
            if (call.fields().get(side) != null) {
                call.require("organizations", call.fields().get(side));
            }
        }
        Shapes.copyFields(call.fields(), record);
    };

    /** Moves {@code related_objects} from the data to the envelope, where v1 keeps them. */
    static Handler withRelatedObjects(Handler inner) {
        return call -> {
            Answer answer = inner.handle(call);
            Map<String, Object> body = answer.body();
            if (body.get("data") instanceof Map<?, ?> data && data.containsKey("related_objects")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> d = new LinkedHashMap<>((Map<String, Object>) data);
                body.put("related_objects", d.remove("related_objects"));
                body.put("data", d);
            }
            return answer;
        };
    }

    /** Call logs are answered as the given fields plus {@code id}, {@code has_recording}, {@code company_id}. */
    static final View CALL_LOG = (call, record) -> {
        Map<String, Object> out = Views.clean(record);
        out.keySet().removeIf(k -> k.startsWith("recording_"));
        return out;
    };

    /** {@code PUT /v1/mailbox/mailThreads/{id}}: form fields {@code deal_id, lead_id, shared_flag, read_flag, archived_flag}. */
    static final Shape MAIL_THREAD = (call, record, creating) -> {
        Object dealId = call.fields().get("deal_id");
        if (dealId != null) {
            call.require("deals", dealId);
        }
        Shapes.copyFields(call.fields(), record);
    };

    /** Channels carry {@code created_at} rather than add/update times. */
    static final View CHANNEL = (call, record) -> {
        Map<String, Object> out = Views.clean(record);
        out.put("created_at", out.remove("add_time"));
        out.remove("update_time");
        return out;
    };

    /** {@code POST /v1/channels/messages/receive}: the message is echoed back, attachments default to none. */
    static Handler receiveMessage() {
        return call -> {
            Map<String, Object> message = new LinkedHashMap<>(call.fields());
            message.putIfAbsent("attachments", new ArrayList<>());
            Map<String, Object> stored = new LinkedHashMap<>(message);
            stored.put("message_id", stored.remove("id"));
            call.company().collection("channelMessages").insert(stored);
            return call.ok(Views.clean(message));
        };
    }

    /** {@code POST /v1/meetings/userProviderLinks}: links a user to a video-call provider. */
    static Handler userProviderLink() {
        return call -> {
            call.company().collection("userProviderLinks").insert(new LinkedHashMap<>(call.fields()));
            return call.ok(new LinkedHashMap<>(Map.of("message", "The user was added successfully")));
        };
    }

    /** Recurring subscriptions (removed from Pipedrive in 2025, kept for old clients): end date and lifetime value follow the cycles. */
    static final Shape SUBSCRIPTION = (call, record, creating) -> {
        if (call.fields().get("deal_id") != null) {
            call.require("deals", call.fields().get("deal_id"));
        }
        Shapes.copyFields(call.fields(), record);
        record.remove("payments");
        record.remove("update_deal_value");
        record.remove("effective_date");
        long cycles = record.get("cycles_count") instanceof Number n ? n.longValue() : 12;
        record.putIfAbsent("cycles_count", cycles);
        record.put("infinite", record.get("cycles_count") == null || Boolean.TRUE.equals(record.get("infinite")));
        double amount = Numbers.of(record.get("cycle_amount"), 0);
        record.put("lifetime_value", Numbers.money(amount * cycles));
        if (creating && record.get("start_date") != null) {
            record.put(
                    "end_date",
                    endDate(
                            String.valueOf(record.get("start_date")),
                            String.valueOf(record.get("cadence_type")),
                            cycles));
        }
    };

    private static String endDate(String start, String cadence, long cycles) {
        try {
            LocalDate d = LocalDate.parse(start);
            return switch (cadence) {
                case "weekly" -> d.plusWeeks(cycles).toString();
                case "quarterly" -> d.plusMonths(3 * cycles).toString();
                case "yearly" -> d.plusYears(cycles).toString();
                default -> d.plusMonths(cycles).toString();
            };
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("\"start_date\" must be a date (YYYY-MM-DD).");
        }
    }

    static Handler cancelSubscription() {
        return call -> {
            String endDate = call.fields().get("end_date") != null
                    ? String.valueOf(call.fields().get("end_date"))
                    : call.company().time().today();
            Map<String, Object> saved = Crud.update(call, "subscriptions", call.param("id"), (c, r, creating) -> {
                r.put("is_active", false);
                r.put("final_status", "canceled");
                r.put("end_date", endDate);
            });
            return call.ok(Views.clean(saved));
        };
    }

    /** Note comments: {@code object_id} is the note's id as text. */
    static Handler addComment() {
        return call -> {
            Object noteId = call.require("notes", "id").get("id");
            Map<String, Object> c = Defaults.of("noteComments", call.company());
            c.put("content", call.fields().get("content"));
            c.put("object_id", String.valueOf(noteId));
            String now = call.now("noteComments");
            c.put("add_time", now);
            c.put("update_time", now);
            return call.ok(Views.clean(call.company().collection("noteComments").insert(c)));
        };
    }

    static Handler updateComment() {
        return call -> {
            Map<String, Object> comment = comment(call);
            Map<String, Object> saved = Crud.update(call, "noteComments", comment.get("uuid"), Shapes.PLAIN);
            return call.ok(Views.clean(saved));
        };
    }

    static Handler getComment() {
        return call -> call.ok(Views.clean(comment(call)));
    }

    static Handler deleteComment() {
        return call -> {
            call.company().collection("noteComments").remove(comment(call).get("uuid"));
            return call.ok(true);
        };
    }

    static Handler listComments() {
        return call -> {
            String noteId = String.valueOf(call.require("notes", "id").get("id"));
            return Paging.offset(
                    call,
                    call.company().collection("noteComments").where(c -> noteId.equals(c.get("object_id"))).stream()
                            .map(Views::clean)
                            .toList());
        };
    }

    private static Map<String, Object> comment(Call call) {
        String noteId = String.valueOf(call.require("notes", "id").get("id"));
        Map<String, Object> comment = call.require("noteComments", "commentId");
        if (!noteId.equals(comment.get("object_id"))) {
            throw call.notFound("noteComments");
        }
        return comment;
    }

    /** v1 deletes of notes answer {@code data: true}. */
    static Handler deleteAnsweringTrue(String collection) {
        return call -> {
            if (call.company().collection(collection).remove(call.param("id")) == null) {
                throw call.notFound(collection);
            }
            return call.ok(true);
        };
    }
}
