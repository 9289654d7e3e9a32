/**
 * The line: each answered call joined to the IVR and the distributor ({@link org.govcc.sip.line.EngineCallHandler}),
 * the prompts they play ({@link org.govcc.sip.line.IvrPrompts}), what a phone's registration means to the
 * distributor ({@link org.govcc.sip.line.PhoneSignIn}), and the duress code watch of sealed lines
 * ({@link org.govcc.sip.line.DuressWatch}).
 */
package org.govcc.sip.line;
