package org.mrc.casework.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads collections page by page, as a client following cursors would, checking what the cursors betray. */
public final class Pages {

    private Pages() {}

    /**
     * Every id of a collection read one item a page (with the standard access reason), checking that the last page
     * carries no cursor and that no cursor leads to an empty page: either would betray an item left out.
     */
    public static List<String> ids(String token, String path) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 20; page++) {
            var request = Api.as(token)
                    .header(AccessReasons.HEADER, AccessReasons.VALID)
                    .queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.get(path);
            response.then().statusCode(200);
            List<String> items = response.path("items.id");
            cursor = response.path("nextCursor");
            assertTrue(items.size() <= 1);
            if (items.isEmpty()) {
                assertEquals(null, cursor, "an empty page ends the collection");
                break;
            }
            ids.addAll(items);
            if (cursor == null) {
                break;
            }
            // a cursor must lead to more items: a page that ends where the visible items end carries none
            assertFalse(
                    Api.as(token)
                            .header(AccessReasons.HEADER, AccessReasons.VALID)
                            .queryParam("limit", 1)
                            .queryParam("cursor", cursor)
                            .get(path)
                            .<List<String>>path("items")
                            .isEmpty(),
                    "a cursor that leads to an empty page betrays a hidden item");
        }
        return ids;
    }

    /**
     * Every item of a collection, following the cursors to the end: a test that looks for its own item must not
     * depend on how many items the rest of the suite has added before it.
     */
    public static List<Map<String, Object>> all(String token, String path, Map<String, ?> query) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(token).queryParams(query).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.get(path);
            response.then().statusCode(200);
            items.addAll(response.path("items"));
            cursor = response.path("nextCursor");
        } while (cursor != null);
        return items;
    }

    /** One field of every item of a collection, following the cursors to the end. */
    public static List<Object> field(String token, String path, Map<String, ?> query, String field) {
        return all(token, path, query).stream().map(item -> item.get(field)).toList();
    }
}
