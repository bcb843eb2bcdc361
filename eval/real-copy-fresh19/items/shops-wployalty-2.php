<?php
/**
 * @author      Wployalty (Alagesan)
 * @license     http://www.gnu.org/licenses/gpl-3.0.html
 * @link        https://www.wployalty.net
 * */
defined('ABSPATH') OR die;
?>
<?php esc_attr_e('You have earned {wlr_earn_point}!','wp-loyalty-rules'); ?>
<?php esc_attr_e('Refer your friends and earn more points and reward. Your referral url: {wlr_referral_url}', 'wp-loyalty-rules'); ?>
