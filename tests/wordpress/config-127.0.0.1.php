<?php
// Only for the end-to-end tests (tests/e2e/wordpress.mjs), installed by scripts/setup.sh
// as /etc/wordpress/config-127.0.0.1.php: Debian's WordPress reads the configuration of
// the host it is asked for. The test gives the database's socket, the address and the
// folder of must-use plugins through the environment of the PHP server it starts on
// loopback, and a throwaway database; nothing here is for a real site.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:' . getenv('RX_WP_DB_SOCKET'));
define('WP_HOME', getenv('RX_WP_URL'));
define('WP_SITEURL', getenv('RX_WP_URL'));
define('WPMU_PLUGIN_DIR', getenv('RX_WP_MU'));
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', false);
$table_prefix = 'wp_';
