/** What-if results as text, a JSON document and an HTML report with charts, each written as it goes. */
package org.kenmon.whatif.report;
