package org.alongside.directory;

import java.util.Locale;
import org.alongside.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a postcode is, without a postcode database: the middle of the directory's own places
 * that have it (spaces and case do not matter). A postcode no place has is refused with a message.
 */
final class Postcodes {

    private Postcodes() {}

    /** Latitude and longitude of the postcode's middle. */
    static double[] middle(JdbcClient jdbc, String postcode, String field) {
        double[] middle = jdbc
                .sql("""
                        select avg(latitude), avg(longitude) from directory_service_place
                         where upper(replace(postal_code, ' ', '')) = :postcode and latitude is not null
                        """)
                .param("postcode", postcode.replace(" ", "").toUpperCase(Locale.ROOT))
                .query((rs, n) -> rs.getObject(1) == null ? null : new double[] {rs.getDouble(1), rs.getDouble(2)})
                .list()
                .stream()
                .filter(p -> p != null)
                .findFirst()
                .orElse(null);
        if (middle == null) {
            throw new InvalidInputException(
                    field,
                    "No place in the directory has this postcode: try a nearby one, or use this phone's location");
        }
        return middle;
    }
}
