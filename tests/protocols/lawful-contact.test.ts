import { describeRuleCases } from '../helpers/sandbox.js';
import { LAWFUL_CONTACT_CASES, LAWFUL_CONTACT_SANDBOX } from './cases/lawful-contact.js';

describeRuleCases(LAWFUL_CONTACT_CASES, LAWFUL_CONTACT_SANDBOX);
