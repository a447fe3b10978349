<?php
// Only for the end-to-end tests: installs the throwaway WordPress (run by
// tests/e2e/wordpress.mjs with php-cli, the same environment as its server), with an
// Administrator and an Author, and writes their posts. Prints the posts' ids as JSON.
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('An article', 'admin', 'admin@example.org', true, '', 'admin-password-1');
switch_theme('twentytwentythree');
$author = wp_insert_user([
    'user_login' => 'author', 'user_pass' => 'author-password-1',
    'user_email' => 'author@example.org', 'role' => 'author',
]);
$admin = get_user_by('login', 'admin')->ID;
$link = getenv('RX_WP_PASTE');
$element = '<restaking-explainer view="calculator" stake="64"></restaking-explainer>'
    . '<script src="' . getenv('RX_WP_EMBED_JS') . '" defer></script>';
// Each post is written as its user would write it (not named $post: WordPress keeps
// the post it works on in that global): WordPress filters what an Author
// writes (kses) when the Author is the current user.
$write = function ($user, $title, $content) {
    wp_set_current_user($user);
    kses_init();
    return wp_insert_post([
        'post_title' => $title, 'post_content' => $content,
        'post_status' => 'publish', 'post_author' => $user,
    ]);
};
echo json_encode([
    // What the block editor saves when a link is pasted on a line of its own: an Embed block.
    'pasted' => $write($author, 'A pasted link', "<!-- wp:paragraph --><p>Before the widget.</p><!-- /wp:paragraph -->\n\n"
        . "<!-- wp:embed {\"url\":\"$link\",\"type\":\"rich\",\"providerNameSlug\":\"restaking-explained\"} -->\n"
        . "<figure class=\"wp-block-embed is-type-rich is-provider-restaking-explained wp-block-embed-restaking-explained\"><div class=\"wp-block-embed__wrapper\">\n$link\n</div></figure>\n"
        . "<!-- /wp:embed -->\n\n<!-- wp:paragraph --><p>After the widget.</p><!-- /wp:paragraph -->"),
    // The same link in a classic post, on a line of its own.
    'pasted_classic' => $write($author, 'A pasted link, classic', "Before the widget.\n\n$link\n\nAfter the widget."),
    // A Turkish article's: the Turkish page of the same part.
    'pasted_tr' => $write($author, 'Yapıştırılan bağlantı', "Bağlantıdan önce.\n\n" . getenv('RX_WP_PASTE_TR') . "\n\nBağlantıdan sonra."),
    'element_by_author' => $write($author, 'An element, by an Author', "Before.\n\n$element\n\nAfter."),
    'element_by_admin' => $write($admin, 'An element, by an Administrator', "Before.\n\n$element\n\nAfter."),
]);
