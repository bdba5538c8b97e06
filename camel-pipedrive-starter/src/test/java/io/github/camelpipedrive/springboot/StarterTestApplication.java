package io.github.camelpipedrive.springboot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Spring Boot application: what a user has before adding routes. */
@SpringBootApplication
public class StarterTestApplication {}
