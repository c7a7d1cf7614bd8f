/**
 * Phaser's source modules (CommonJS, untyped), which only src/ui/phaser/phaser-build.ts imports:
 * Phaser's package exports nothing but its root, so vite.config.ts resolves these paths itself.
 */
declare module 'phaser/src/*' {
  const module: unknown;
  export default module;
}
