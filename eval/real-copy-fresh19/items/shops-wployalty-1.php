<?php
/**
 * @author      Wployalty (Alagesan)
 * @license     http://www.gnu.org/licenses/gpl-3.0.html
 * @link        https://www.wployalty.net
 * */
defined('ABSPATH') OR die;
esc_attr_e('Your points are about to expire...','wp-loyalty-rules');
esc_attr_e('{wlr_expiry_points} reward are going to expire soon!', 'wp-loyalty-rules');
esc_attr_e('Redeem your hard earned points before it expires on {wlr_expiry_date}', 'wp-loyalty-rules');
