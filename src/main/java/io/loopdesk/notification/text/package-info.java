/**
 * Notice texts a tenant writes in its own words: an override per message key and language of the texts customers are
 * sent, used wherever a notification is rendered.
 */
package io.loopdesk.notification.text;
