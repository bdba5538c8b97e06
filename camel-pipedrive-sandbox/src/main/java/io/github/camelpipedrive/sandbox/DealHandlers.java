package io.github.camelpipedrive.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deal behaviour beyond plain CRUD: products attached to a deal drive its value, discounts reduce it,
 * installments need a one-time product, duplicates get a new id, participants link persons.
 */
final class DealHandlers {

    private DealHandlers() {}

    /** v2 deal body applied to a record: won/lost times follow the status, as in Pipedrive. */
    static final Shape DEAL = (call, record, creating) -> {
        Object before = record.get("status");
        Shapes.v2Entity("deal").apply(call, record, creating);
        Object status = record.get("status");
        if (status != null && !status.equals(before)) {
            String now = call.now("deals");
            switch (String.valueOf(status)) {
                case "won" -> {
                    record.put("won_time", now);
                    record.put("close_time", now);
                }
                case "lost" -> {
                    record.put("lost_time", now);
                    record.put("close_time", now);
                }
                default -> record.put("close_time", null);
            }
        }
        if (creating) {
            record.putIfAbsent("stage_change_time", call.now("deals"));
        }
    };

    static Handler addProduct() {
        return call -> {
            Map<String, Object> deal = call.require("deals", "id");
            Map<String, Object> product = call.require("products", call.fields().get("product_id"));
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("deal_id", deal.get("id"));
            item.put("product_id", product.get("id"));
            item.put("name", product.get("name"));
            item.put("discount", 0);
            item.put("discount_type", "percentage");
            item.put("tax", 0);
            item.put("tax_method", "exclusive");
            item.put("is_enabled", true);
            item.put("comments", "");
            item.put("currency", deal.get("currency"));
            item.put("billing_frequency", "one-time");
            Shapes.copyFields(call.fields(), item);
            item.put("sum", sum(item));
            String now = call.now("dealProducts");
            item.put("add_time", now);
            item.put("update_time", now);
            Map<String, Object> saved =
                    call.company().collection("dealProducts").insert(item);
            recomputeValue(call.company(), deal.get("id"));
            return call.ok(Views.clean(saved));
        };
    }

    static Handler updateProduct() {
        return call -> {
            Map<String, Object> deal = call.require("deals", "id");
            Map<String, Object> existing = call.require("dealProducts", "product_attachment_id");
            if (!Views.sameId(existing.get("deal_id"), deal.get("id"))) {
                throw call.notFound("dealProducts");
            }
            Map<String, Object> saved = Crud.update(call, "dealProducts", existing.get("id"), (c, record, creating) -> {
                Shapes.copyFields(c.fields(), record);
                record.put("sum", sum(record));
            });
            recomputeValue(call.company(), deal.get("id"));
            return call.ok(Views.clean(saved));
        };
    }

    static Handler deleteProduct() {
        return call -> {
            Map<String, Object> deal = call.require("deals", "id");
            Map<String, Object> existing = call.require("dealProducts", "product_attachment_id");
            if (!Views.sameId(existing.get("deal_id"), deal.get("id"))) {
                throw call.notFound("dealProducts");
            }
            call.company().collection("dealProducts").remove(existing.get("id"));
            recomputeValue(call.company(), deal.get("id"));
            return call.ok(Map.of("id", existing.get("id")));
        };
    }

    static Handler listProducts() {
        return call -> {
            Object dealId = call.require("deals", "id").get("id");
            return Paging.page(
                    call,
                    call
                            .company()
                            .collection("dealProducts")
                            .where(p -> Views.sameId(p.get("deal_id"), dealId))
                            .stream()
                            .map(Views::clean)
                            .toList());
        };
    }

    /** A discount lowers the deal value when the deal has products, as Pipedrive describes. */
    static Handler addDiscount() {
        return call -> {
            Map<String, Object> deal = call.require("deals", "id");
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("type", call.fields().get("type"));
            d.put("amount", call.fields().get("amount"));
            d.put("description", call.fields().get("description"));
            d.put("deal_id", deal.get("id"));
            String now = call.now("dealDiscounts");
            d.put("created_at", now);
            d.put("created_by", Company.ME);
            d.put("updated_at", now);
            d.put("updated_by", Company.ME);
            Map<String, Object> saved =
                    call.company().collection("dealDiscounts").insert(d);
            recomputeValue(call.company(), deal.get("id"));
            return call.ok(Views.clean(saved));
        };
    }

    static Handler listDiscounts() {
        return call -> {
            Object dealId = call.require("deals", "id").get("id");
            return call.ok(
                    call
                            .company()
                            .collection("dealDiscounts")
                            .where(d -> Views.sameId(d.get("deal_id"), dealId))
                            .stream()
                            .map(Views::clean)
                            .toList());
        };
    }

    /** Installments need at least one one-time product and no recurring one on the deal. */
    static Handler addInstallment() {
        return call -> {
            Map<String, Object> deal = call.require("deals", "id");
            List<Map<String, Object>> products = productsOf(call.company(), deal.get("id"));
            boolean oneTime = products.stream().anyMatch(p -> "one-time".equals(p.get("billing_frequency")));
            boolean recurring = products.stream().anyMatch(p -> !"one-time".equals(p.get("billing_frequency")));
            if (!oneTime || recurring) {
                throw ApiError.badRequest(
                        "Installments can only be added to a deal with one-time products and no recurring products.");
            }
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("amount", call.fields().get("amount"));
            i.put("billing_date", call.fields().get("billing_date"));
            i.put("description", call.fields().get("description"));
            i.put("deal_id", deal.get("id"));
            return call.ok(Views.clean(call.company().collection("installments").insert(i)));
        };
    }

    static Handler updateInstallment() {
        return call -> {
            Map<String, Object> deal = call.require("deals", "id");
            Map<String, Object> existing = call.require("installments", "installment_id");
            if (!Views.sameId(existing.get("deal_id"), deal.get("id"))) {
                throw call.notFound("installments");
            }
            Map<String, Object> saved = call.company()
                    .collection("installments")
                    .update(existing.get("id"), r -> Shapes.copyFields(call.fields(), r));
            return call.ok(Views.clean(saved));
        };
    }

    /** {@code POST /v1/deals/{id}/duplicate}: a copy with a new id and fresh timestamps, in the v1 shape. */
    static Handler duplicate() {
        return call -> {
            Map<String, Object> deal = call.require("deals", "id");
            Map<String, Object> copy = new LinkedHashMap<>(deal);
            copy.remove("id");
            String now = call.now("deals");
            copy.put("add_time", now);
            copy.put("update_time", now);
            copy.put("stage_change_time", now);
            Map<String, Object> saved = call.company().collection("deals").insert(copy);
            for (Map<String, Object> p : productsOf(call.company(), deal.get("id"))) {
                p.remove("id");
                p.put("deal_id", saved.get("id"));
                call.company().collection("dealProducts").insert(p);
            }
            return call.ok(Views.dealV1(call.company(), saved));
        };
    }

    /** {@code POST /v1/deals/{id}/participants}: links a person, answered with v1 person data and related objects. */
    static Handler addParticipant() {
        return call -> {
            Map<String, Object> deal = call.require("deals", "id");
            Map<String, Object> person = call.require("persons", call.fields().get("person_id"));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("deal_id", deal.get("id"));
            p.put("person_id", person.get("id"));
            p.put("active_flag", true);
            p.put("add_time", call.now("participants"));
            Map<String, Object> saved =
                    call.company().collection("participants").insert(p);
            Map<String, Object> v1Person = Views.personV1(call.company(), person);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", saved.get("id"));
            Map<String, Object> personRef = new LinkedHashMap<>();
            personRef.put("active_flag", v1Person.get("active_flag"));
            personRef.put("name", v1Person.get("name"));
            personRef.put("email", v1Person.get("email"));
            personRef.put("phone", v1Person.get("phone"));
            personRef.put("owner_id", v1Person.get("owner_id"));
            personRef.put("company_id", Company.COMPANY_ID);
            personRef.put("value", person.get("id"));
            data.put("person_id", Views.clean(personRef));
            data.put("add_time", saved.get("add_time"));
            data.put("active_flag", true);
            data.put("related_item_data", Map.of("deal_id", deal.get("id"), "title", deal.get("title")));
            // in this answer the person's owner is expanded to a user object, as the v1 schema describes
            Map<String, Object> expandedPerson = new LinkedHashMap<>(v1Person);
            Map<String, Object> owner = call.company().collection("users").get(person.get("owner_id"));
            if (owner != null) {
                Map<String, Object> ownerRef = new LinkedHashMap<>();
                ownerRef.put("id", owner.get("id"));
                ownerRef.put("name", owner.get("name"));
                ownerRef.put("email", owner.get("email"));
                ownerRef.put("has_pic", 0);
                ownerRef.put("active_flag", owner.get("active_flag"));
                ownerRef.put("value", owner.get("id"));
                expandedPerson.put("owner_id", ownerRef);
            } else {
                expandedPerson.remove("owner_id");
            }
            data.put("person", expandedPerson);
            data.put("related_item_type", "deal");
            data.put("related_item_id", deal.get("id"));
            Map<String, Object> body = Envelope.success(data);
            Map<String, Object> relatedPerson = new LinkedHashMap<>();
            relatedPerson.put("id", person.get("id"));
            relatedPerson.put("name", person.get("name"));
            relatedPerson.put("active_flag", v1Person.get("active_flag"));
            relatedPerson.put("owner_id", person.get("owner_id"));
            body.put(
                    "related_objects",
                    Map.of("person", Map.of(String.valueOf(person.get("id")), Views.clean(relatedPerson))));
            return Answer.json(call.route().successStatus(), body);
        };
    }

    static List<Map<String, Object>> productsOf(Company company, Object dealId) {
        return company.collection("dealProducts").where(p -> Views.sameId(p.get("deal_id"), dealId));
    }

    /** A line's sum: price times quantity, less its discount, plus tax when tax is added on top. */
    static Number sum(Map<String, Object> item) {
        double total = Numbers.of(item.get("item_price"), 0) * Numbers.of(item.get("quantity"), 1);
        double discount = Numbers.of(item.get("discount"), 0);
        total = "amount".equals(item.get("discount_type")) ? total - discount : total * (1 - discount / 100);
        if ("exclusive".equals(item.get("tax_method"))) {
            total = total * (1 + Numbers.of(item.get("tax"), 0) / 100);
        }
        return Numbers.money(total);
    }

    /** Deal value = sum of its enabled products, less deal discounts in the order they were added. */
    static void recomputeValue(Company company, Object dealId) {
        List<Map<String, Object>> products = productsOf(company, dealId);
        if (products.isEmpty()) {
            return;
        }
        double total = products.stream()
                .filter(p -> !Boolean.FALSE.equals(p.get("is_enabled")))
                .mapToDouble(p -> Numbers.of(p.get("sum"), 0))
                .sum();
        for (Map<String, Object> d :
                company.collection("dealDiscounts").where(x -> Views.sameId(x.get("deal_id"), dealId))) {
            double amount = Numbers.of(d.get("amount"), 0);
            total = "percentage".equals(d.get("type")) ? total * (1 - amount / 100) : total - amount;
        }
        Number value = Numbers.money(Math.max(0, total));
        company.collection("deals").update(dealId, deal -> deal.put("value", value));
    }
}
