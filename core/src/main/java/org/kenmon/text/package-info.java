/** Text folding shared by name matching, goods classification and place resolution. */
package org.kenmon.text;
