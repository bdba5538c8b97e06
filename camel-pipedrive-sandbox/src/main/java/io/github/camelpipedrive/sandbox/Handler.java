package io.github.camelpipedrive.sandbox;

/** Turns one matched request into an answer; throws {@link ApiError} for Pipedrive-shaped errors. */
@FunctionalInterface
interface Handler {
    Answer handle(Call call);
}
