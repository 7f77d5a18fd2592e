package org.essor.registry.security;

import io.restassured.response.Response;

/**
 * What two problem answers share when they are the same answer, word for word: status, type, title and detail (their
 * instance and correlation id name the request, not the record).
 */
record ProblemAnswer(int status, String type, String title, String detail) {

    static ProblemAnswer of(Response response) {
        return new ProblemAnswer(response.statusCode(), response.path("type"), response.path("title"),
                response.path("detail"));
    }
}
