/**
 * FollowTheMoney (FtM) entities, one JSON object per line, as OpenSanctions, Aleph and yente
 * exchange them. Start with {@link org.kenmon.lists.ftm.FtmListReader}; {@code FtmMapper} maps
 * Person, Organization, Company, LegalEntity, Vessel and Airplane entities and says which
 * properties it reads. Other schemas (Sanction, Address, Ownership…) are skipped and counted.
 */
package org.kenmon.lists.ftm;
