/**
 * Opening hours: the {@link org.govcc.api.schedule.ServiceSchedule} SPI answers whether a line or topic
 * is open at an instant, why not, and when it next opens.
 */
package org.govcc.api.schedule;
