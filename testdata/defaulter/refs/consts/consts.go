// Package consts holds constants that defaults refer to.
package consts

// Region is a string constant.
const Region = "eu-west"

// Timeout is an untyped integer constant.
const Timeout = 30
