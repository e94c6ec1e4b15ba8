package org.alongside;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Alongside: peer recovery support services. */
@SpringBootApplication
@EnableScheduling
public class AlongsideApplication {

    public static void main(String[] args) {
        SpringApplication.run(AlongsideApplication.class, args);
    }
}
