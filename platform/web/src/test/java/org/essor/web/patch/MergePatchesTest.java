package org.essor.web.patch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class MergePatchesTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void followsRfc7396() throws Exception {
        var target = json.readTree("{\"a\":\"b\",\"c\":{\"d\":\"e\",\"f\":\"g\"}}");
        var patch = json.readTree("{\"a\":\"z\",\"c\":{\"f\":null}}");

        assertThat(MergePatches.merge(target, patch)).isEqualTo(json.readTree("{\"a\":\"z\",\"c\":{\"d\":\"e\"}}"));
        assertThat(MergePatches.merge(json.readTree("{\"a\":[1]}"), json.readTree("{\"a\":[2,3]}")))
                .isEqualTo(json.readTree("{\"a\":[2,3]}"));
        assertThat(MergePatches.merge(json.readTree("{}"), json.readTree("{\"a\":{\"b\":null}}")))
                .isEqualTo(json.readTree("{\"a\":{}}"));
    }
}
