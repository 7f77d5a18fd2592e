package org.essor.web.testapp;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Test fixture: widgets created and changed through the API. */
public final class Widgets {

    private Widgets() {
    }

    public static String json(String name, int size) {
        return "{\"name\":\"" + name + "\",\"size\":" + size + "}";
    }

    public static ValidatableResponse create(String name, int size) {
        return given().contentType(ContentType.JSON).body(json(name, size)).post("/api/v1/widgets").then();
    }

    public static String createdId(String name, int size) {
        return create(name, size).statusCode(201).extract().path("id");
    }
}
