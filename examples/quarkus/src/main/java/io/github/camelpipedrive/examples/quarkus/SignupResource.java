package io.github.camelpipedrive.examples.quarkus;

import io.github.camelpipedrive.component.error.PipedriveValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;

/** {@code POST /signups} with {@code {"name", "email", "company", "plan"}}: runs the sign-up route, answers the deal. */
@Path("/signups")
public class SignupResource {

    @Inject
    ProducerTemplate camel;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response signUp(Signup signup) {
        try {
            Deal deal = camel.requestBody("direct:signup", signup, Deal.class);
            return Response.status(Response.Status.CREATED).entity(deal).build();
        } catch (CamelExecutionException e) {
            // refused before anything was sent to Pipedrive; the message names the operation and the field
            if (e.getCause() instanceof PipedriveValidationException invalid) {
                return Response.status(Response.Status.BAD_REQUEST)
                        .entity(Map.of("error", invalid.getMessage()))
                        .build();
            }
            throw e;
        }
    }
}
