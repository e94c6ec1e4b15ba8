package org.alongside.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a TLS proxy: the client's address and scheme come from X-Forwarded-For and
 * X-Forwarded-Proto only when the request comes from a trusted proxy
 * ({@code alongside.trusted-proxies}, loopback by default; see application.properties); no
 * answer is built from the Host header (redirects are relative, and the API document names its
 * server as the path it is served from).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Alongside API", version = "v1"),
        servers = @Server(url = "/", description = "The server this document was read from"))
class ProxyConfiguration {}
