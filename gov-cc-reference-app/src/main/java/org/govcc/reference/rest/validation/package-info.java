/** Bean Validation constraints of the REST API's inputs that check with the API's own validators (AMKA, AFM). */
package org.govcc.reference.rest.validation;
