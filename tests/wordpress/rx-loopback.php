<?php
/*
 * Plugin Name: Loopback for the end-to-end tests
 * Description: Only for tests/e2e/wordpress.test.mjs. WordPress refuses to fetch loopback
 * addresses and ports other than 80, 443 and 8080 (a guard against server-side request
 * forgery); the tests serve the widget on 127.0.0.1 at a port of the moment, so this lets
 * WordPress fetch it, as it would a real site's address.
 */
add_filter('http_request_host_is_external', '__return_true');
add_filter('http_allowed_safe_ports', function ($ports) {
    $ports[] = (int) getenv('RX_WP_WIDGET_PORT');
    return $ports;
});
