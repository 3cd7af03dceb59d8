package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a check computed: the values it used, the figure they imply ({@code expected}), the figure the
 * document prints ({@code actual}) and the difference it allowed for rounding ({@code tolerance}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(List<EvidenceValue> values, BigDecimal expected, BigDecimal actual, BigDecimal tolerance) {

    public Evidence {
        values = List.copyOf(values);
    }
}
