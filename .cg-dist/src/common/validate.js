import { badInput } from '../errors.js';
/** Input checks shared by services; each throws BAD_USER_INPUT naming the field. */
export function requireText(field, value) {
    if (typeof value !== 'string' || value.trim() === '')
        throw badInput(field, `${field} must not be empty`);
    if (value.length > 500)
        throw badInput(field, `${field} is longer than 500 characters`);
    return value.trim();
}
export function optionalText(field, value) {
    if (value === null || value === undefined)
        return null;
    if (value.length > 2000)
        throw badInput(field, `${field} is longer than 2000 characters`);
    return value;
}
/** A 0..1 strength (DESIGN §2 INFLUENCES/KNOWS). */
export function unitInterval(field, value) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
        throw badInput(field, `${field} must be between 0 and 1, got ${value}`);
    }
    return value;
}
export function positiveInt(field, value, max) {
    if (!Number.isInteger(value) || value < 1 || value > max) {
        throw badInput(field, `${field} must be a whole number from 1 to ${max}, got ${value}`);
    }
    return value;
}
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A calendar date `YYYY-MM-DD` that exists (2024-02-30 does not). */
export function isoDate(field, value) {
    if (value === null || value === undefined)
        return null;
    const m = DATE_RE.exec(value);
    const d = m ? new Date(`${value}T00:00:00Z`) : null;
    if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
        throw badInput(field, `${field} must be a date YYYY-MM-DD, got "${value}"`);
    }
    return value;
}
/** Identifiers are caller-chosen stable strings (DESIGN §2): 1..200 printable characters. */
export function requireId(field, value) {
    if (typeof value !== 'string' || value.length === 0 || value.length > 200 || /[\u0000-\u001f]/.test(value)) {
        throw badInput(field, `${field} must be a non-empty id of at most 200 printable characters`);
    }
    return value;
}
export function oneOf(field, value, allowed) {
    if (value === null || value === undefined)
        return null;
    if (!allowed.includes(value)) {
        throw badInput(field, `${field} must be one of ${allowed.join(', ')}, got "${value}"`);
    }
    return value;
}
//# sourceMappingURL=validate.js.map